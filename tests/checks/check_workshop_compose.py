#!/usr/bin/env python3
"""Checks a workshop kit's docker-compose.yml: parsed as YAML, as written and with its
commented NVIDIA GPU block uncommented. Prints PASS, or what is wrong and exits 1."""
import sys

import yaml

BEGIN = "# --- NVIDIA GPU: begin ---"
END = "# --- NVIDIA GPU: end ---"


def fail(message):
    print("FAIL: " + message)
    sys.exit(1)


def uncomment_gpu(text):
    """Removes the '# ' after the indentation of every line between the two GPU markers, as
    the file's own comment tells a user to."""
    out, inside, seen = [], False, False
    for line in text.split("\n"):
        stripped = line.strip()
        if stripped == BEGIN:
            inside, seen = True, True
        elif stripped == END:
            inside = False
        elif inside:
            indent = line[: len(line) - len(line.lstrip())]
            body = line.lstrip()
            if not body.startswith("# "):
                fail("a line of the GPU block is not commented with '# ': " + line)
            line = indent + body[2:]
        out.append(line)
    if not seen or inside:
        fail("the GPU markers are missing or unbalanced")
    return "\n".join(out)


def check_common(doc, label):
    if not isinstance(doc, dict) or "services" not in doc:
        fail(label + ": no services")
    services = doc["services"]
    for name in ("ollama", "n8n"):
        if name not in services:
            fail(label + ": no " + name + " service")
    ollama, n8n = services["ollama"], services["n8n"]
    if "11434:11434" not in [str(p) for p in ollama.get("ports", [])]:
        fail(label + ": ollama does not publish port 11434")
    if "5678:5678" not in [str(p) for p in n8n.get("ports", [])]:
        fail(label + ": n8n does not publish port 5678")
    volumes = doc.get("volumes") or {}
    for service, mount in ((ollama, "/root/.ollama"), (n8n, "/home/node/.n8n")):
        named = [v.split(":")[0] for v in service.get("volumes", []) if v.endswith(":" + mount)]
        if not named or named[0] not in volumes:
            fail(label + ": " + mount + " is not on a named volume declared under volumes")
    if "ollama" not in (n8n.get("depends_on") or []):
        fail(label + ": n8n does not depend on ollama")
    env = n8n.get("environment") or []
    if not any("http://ollama:11434" in str(e) for e in env):
        fail(label + ": n8n is not told to reach Ollama by its service name")
    return ollama


def main():
    text = open(sys.argv[1], encoding="utf-8").read()
    plain = yaml.safe_load(text)
    ollama = check_common(plain, "as written")
    if "deploy" in ollama:
        fail("as written: the GPU block is active (it must stay commented)")
    if "macOS" not in text or "no GPU" not in text:
        fail("the note about Docker on macOS is missing")
    gpu = yaml.safe_load(uncomment_gpu(text))
    ollama = check_common(gpu, "GPU variant")
    try:
        devices = ollama["deploy"]["resources"]["reservations"]["devices"]
    except (KeyError, TypeError):
        fail("GPU variant: no deploy.resources.reservations.devices")
    if not devices or devices[0].get("driver") != "nvidia" or "gpu" not in devices[0].get(
        "capabilities", []
    ):
        fail("GPU variant: the device is not an NVIDIA GPU: " + repr(devices))
    if len(sys.argv) > 2:
        with open(sys.argv[2], "w", encoding="utf-8") as out:
            out.write(uncomment_gpu(text))
    print("PASS")


if __name__ == "__main__":
    main()
