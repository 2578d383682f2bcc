#!/usr/bin/env python3
"""French typography in translations/localforge_fr.ts: quotations in « » with a no-break space
inside them, never the English “ ”; and a no-break space, never an ordinary one or none, before
':', ';', '?' and '!', so a line never begins with one of them. What is quoted, and code, is
left as written (an HTTP header, a command)."""
import re
import sys
import xml.etree.ElementTree as ET

NBSP = "\u00a0\u202f"
QUOTED = re.compile(r"«[^»]*»|`[^`]*`|<code>.*?</code>|<pre>.*?</pre>", re.S)
# Punctuation used as such: followed by a space, a tag or the end (not "host:port", "http://").
BAD_BEFORE = re.compile(r"(?:(?<= )|(?<=[^\s" + NBSP + r"]))[:;?!](?=[\s<]|$)")


def problems(text):
    found = []
    if "“" in text or "”" in text:
        found.append("English quotation marks “ ”: write «\u00a0…\u00a0» (no-break spaces inside)")
    for m in re.finditer("«(?![" + NBSP + "])|(?<![" + NBSP + "])»", text):
        found.append("« or » without a no-break space beside it, at %d" % m.start())
    outside = QUOTED.sub("«»", text)
    for m in BAD_BEFORE.finditer(outside):
        found.append("'%s' without a no-break space before it: ...%s" %
                     (m.group(0), outside[max(0, m.start() - 25):m.end() + 5]))
    return found


def main(root):
    tree = ET.parse(root + "/translations/localforge_fr.ts")
    failures = 0
    for message in tree.iter("message"):
        translation = message.find("translation")
        if translation is None:
            continue
        forms = [n.text or "" for n in translation.iter("numerusform")] or [translation.text or ""]
        for text in forms:
            for p in problems(text):
                failures += 1
                print("FAIL: %s\n      in: %s" % (p, text[:160].replace("\n", " ")))
    if failures:
        print("FAIL: %d typography problems in the French translation" % failures)
        return 1
    print("PASS: French typography (quotation marks, spaces before : ; ? !)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "."))
