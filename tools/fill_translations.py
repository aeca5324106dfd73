#!/usr/bin/env python3
"""Fills unfinished messages of a Qt .ts file from a JSON map {context: {source: translation}}.

Only <translation> elements of unfinished messages whose context and source appear in the map are
touched; the rest of the file is left byte for byte. Plural messages take a list of forms. A message
with a disambiguation comment is keyed "source|comment".
Usage: tools/fill_translations.py FILE.ts MAP.json
"""
import html
import json
import re
import sys


def escape(text):
    return html.escape(text, quote=False).replace('"', "&quot;").replace("'", "&apos;")


def main():
    ts_path, map_path = sys.argv[1], sys.argv[2]
    with open(map_path, encoding="utf-8") as f:
        wanted = json.load(f)
    with open(ts_path, encoding="utf-8") as f:
        text = f.read()

    filled = 0

    def fill_context(match):
        nonlocal filled
        block = match.group(0)
        name = html.unescape(re.search(r"<name>(.*?)</name>", block, re.S).group(1))
        table = wanted.get(name, {})

        def fill_message(m):
            nonlocal filled
            message = m.group(0)
            source = html.unescape(re.search(r"<source>(.*?)</source>", message, re.S).group(1))
            comment = re.search(r"<comment>(.*?)</comment>", message, re.S)
            if comment:
                source = source + "|" + html.unescape(comment.group(1))
            if source not in table or 'type="unfinished"' not in message:
                return message
            value = table[source]
            if isinstance(value, list):
                body = "".join(f"\n            <numerusform>{escape(v)}</numerusform>" for v in value)
                new = f"<translation>{body}\n        </translation>"
            else:
                new = f"<translation>{escape(value)}</translation>"
            filled += 1
            return re.sub(r"<translation[^>]*?(/>|>.*?</translation>)", lambda _: new, message,
                          count=1, flags=re.S)

        return re.sub(r"<message[^>]*>.*?</message>", fill_message, block, flags=re.S)

    text = re.sub(r"<context>.*?</context>", fill_context, text, flags=re.S)
    with open(ts_path, "w", encoding="utf-8") as f:
        f.write(text)
    print(f"{ts_path}: filled {filled} message(s)")


if __name__ == "__main__":
    main()
