#!/usr/bin/env python3
"""app/ has one direction of dependencies: a file includes only its own folder and the folders
of the layers below it. Prints every include that goes up or sideways, with its line, and
exits 1; exits 2 when a folder of app/ has no layer in the table below.

Layers, bottom to top (folders on one line are one layer and must not include each other):
"""
import os
import re
import sys

LAYERS = [
    ["net"],
    ["providers"],
    ["discovery", "models", "settings"],
    ["chat"],
    ["metrics"],
    ["bench", "workshop"],
]
# Files directly in app/ (Core, Diagnostics) sit on top and may include any folder.
RANK = {folder: i for i, layer in enumerate(LAYERS) for folder in layer}
TOP = len(LAYERS)
INCLUDE = re.compile(r'\s*#\s*include\s*"([^"]+)"')


def main(root):
    app = os.path.join(root, "app")
    folders = sorted(d for d in os.listdir(app) if os.path.isdir(os.path.join(app, d)))
    unknown = [d for d in folders if d not in RANK]
    if unknown:
        print("FAIL: app/%s has no layer: place it in the LAYERS table of %s"
              % (", app/".join(unknown), os.path.relpath(__file__, root)))
        return 2
    bad = []
    for folder in [None] + folders:
        here = os.path.join(app, folder) if folder else app
        rank = RANK[folder] if folder else TOP
        for name in sorted(os.listdir(here)):
            path = os.path.join(here, name)
            if not os.path.isfile(path) or not name.endswith((".h", ".cpp", ".in")):
                continue
            with open(path, encoding="utf-8", errors="replace") as f:
                for number, line in enumerate(f, 1):
                    m = INCLUDE.match(line)
                    if not m:
                        continue
                    target = m.group(1)
                    where = "%s:%d: %s" % (os.path.relpath(path, root), number, line.strip())
                    if target.startswith("../") or "/../" in target:
                        bad.append(where + "  (relative path out of its folder)")
                        continue
                    if "/" not in target:
                        # Its own folder; a bare name found only in app/ itself reaches the top.
                        if folder and not os.path.exists(os.path.join(here, target)) and \
                                os.path.exists(os.path.join(app, target)):
                            bad.append(where + "  (app/%s is the top layer)" % target)
                        continue
                    other = target.split("/")[0]
                    if other not in RANK or other == folder:
                        continue
                    if RANK[other] >= rank:
                        kind = "sideways" if RANK[other] == rank else "up"
                        bad.append("%s  (%s: %s is not below %s)"
                                   % (where, kind, other, folder or "app"))
    if bad:
        print("FAIL: %d include(s) in app/ go up or sideways:" % len(bad))
        print("\n".join(bad))
        return 1
    print("PASS: app/ includes only its own folder and the layers below (%s)"
          % " < ".join("/".join(layer) for layer in LAYERS))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "."))
