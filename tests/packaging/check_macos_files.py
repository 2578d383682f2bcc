"""The macOS bundle files: Info.plist as CMake configures it parses with plistlib and has
every key the app needs; the entitlements parse; the local-network prompt exists in English
and French; make-dmg.sh has each step of the release. (Nothing here can run on Linux: building,
signing and notarizing need a Mac, see packaging/macos/README.md.)

    check_macos_files.py SOURCE_DIR PROJECT_VERSION
"""
import pathlib
import plistlib
import re
import sys

root = pathlib.Path(sys.argv[1])
version = sys.argv[2]
failures = []


def check(condition, message):
    if not condition:
        failures.append(message)


# What CMake puts into ${MACOSX_BUNDLE_*} (target properties set in ui/ and packaging/macos/).
cmake_text = (root / "ui/CMakeLists.txt").read_text() + (root / "packaging/macos/CMakeLists.txt").read_text()
identifier = re.search(r"MACOSX_BUNDLE_GUI_IDENTIFIER\s+(\S+)", cmake_text).group(1)
values = {
    "MACOSX_BUNDLE_EXECUTABLE_NAME": "LocalForge",
    "MACOSX_BUNDLE_GUI_IDENTIFIER": identifier,
    "MACOSX_BUNDLE_BUNDLE_NAME": "LocalForge",
    "MACOSX_BUNDLE_SHORT_VERSION_STRING": version,
    "MACOSX_BUNDLE_BUNDLE_VERSION": version,
    "MACOSX_BUNDLE_ICON_FILE": "LocalForge.icns",
    "MACOSX_BUNDLE_COPYRIGHT": "LocalForge contributors",
}
for name in values:
    if name != "MACOSX_BUNDLE_EXECUTABLE_NAME":
        check(name in cmake_text, f"{name} is used by Info.plist.in but no CMake file sets it")
template = (root / "resources/Info.plist.in").read_text(encoding="utf-8")
used = set(re.findall(r"\$\{(\w+)\}", template))
check(used <= set(values), f"Info.plist.in uses variables CMake does not set: {used - set(values)}")
configured = re.sub(r"\$\{(\w+)\}", lambda m: values.get(m.group(1), ""), template)
info = plistlib.loads(configured.encode("utf-8"))

expected = {
    "CFBundleIdentifier": "app.localforge.LocalForge",
    "CFBundleExecutable": "LocalForge",
    "CFBundlePackageType": "APPL",
    "CFBundleShortVersionString": version,
    "CFBundleVersion": version,
    "CFBundleIconFile": "LocalForge.icns",
    "LSMinimumSystemVersion": "12.0",
    "NSHighResolutionCapable": True,
    "NSPrincipalClass": "NSApplication",
}
for key, value in expected.items():
    check(info.get(key) == value, f"Info.plist {key} = {info.get(key)!r}, expected {value!r}")
check("fr" in info.get("CFBundleLocalizations", []), "Info.plist does not list French")
network = info.get("NSLocalNetworkUsageDescription", "")
check("local network" in network and "LLM servers" in network,
      f"NSLocalNetworkUsageDescription does not say why LocalForge uses the local network: {network!r}")

entitlements = plistlib.loads((root / "packaging/macos/LocalForge.entitlements").read_bytes())
check(entitlements.get("com.apple.security.network.client") is True, "entitlements lack network.client")
check("com.apple.security.app-sandbox" not in entitlements, "the sandbox would stop nvidia-smi and local sockets")


def strings(path):
    text = path.read_text(encoding="utf-8")
    text = re.sub(r"/\*.*?\*/", "", text, flags=re.S)
    pairs = re.findall(r'"((?:[^"\\]|\\.)*)"\s*=\s*"((?:[^"\\]|\\.)*)"\s*;', text)
    rest = re.sub(r'"((?:[^"\\]|\\.)*)"\s*=\s*"((?:[^"\\]|\\.)*)"\s*;', "", text).strip()
    check(rest == "", f"{path}: not a valid .strings file near {rest[:40]!r}")
    return dict(pairs)


english = strings(root / "packaging/macos/en.lproj/InfoPlist.strings")
french = strings(root / "packaging/macos/fr.lproj/InfoPlist.strings")
check(english.get("NSLocalNetworkUsageDescription") == network, "en.lproj text differs from Info.plist")
fr = french.get("NSLocalNetworkUsageDescription", "")
check("réseau local" in fr and "serveurs de LLM" in fr, f"French local-network text missing or wrong: {fr!r}")

dmg = (root / "packaging/macos/make-dmg.sh").read_text(encoding="utf-8")
for step in ("arm64;x86_64", "lipo -archs", "macdeployqt", "codesign", "--options runtime",
             "LocalForge.entitlements", "notarytool submit", "--wait", "stapler staple",
             "hdiutil create", "-format UDZO", "/Applications", "SKIP notarization"):
    check(step in dmg, f"make-dmg.sh lacks {step!r}")

for failure in failures:
    print("FAIL:", failure)
if failures:
    sys.exit(1)
print(f"PASS: Info.plist ({len(info)} keys, version {version}), entitlements, en/fr InfoPlist.strings, make-dmg.sh steps")
