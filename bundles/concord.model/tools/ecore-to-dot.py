#!/usr/bin/env python3
"""Draws the containment tree of partnership.ecore as Graphviz dot for docs/metamodel-classes.svg.

Usage: python3 tools/ecore-to-dot.py model/partnership.ecore | dot -Tsvg > ../../docs/metamodel-classes.svg
Containment is drawn as edges (diamond at the owner) and inheritance as hollow arrows; cross
references are listed inside the class boxes, because edges to Actor would hide the structure.
"""
import html
import sys
import xml.etree.ElementTree as ET

XSI_TYPE = '{http://www.w3.org/2001/XMLSchema-instance}type'


def type_of(feature):
    name = feature.get('eType').split('#//')[-1]
    return name + ('[*]' if feature.get('upperBound') == '-1' else '')


def multiplicity(feature):
    if feature.get('upperBound') == '-1':
        return '*'
    return '1' if feature.get('lowerBound') == '1' else '0..1'


def main(path):
    root = ET.parse(path).getroot()
    classes = [c for c in root.findall('eClassifiers') if c.get(XSI_TYPE) == 'ecore:EClass']
    out = ['digraph partnership {',
           '  rankdir=LR; nodesep=0.25; ranksep=0.6;',
           '  node [shape=plaintext, fontname="Helvetica", fontsize=10];',
           '  edge [fontname="Helvetica", fontsize=8];']
    for c in classes:
        rows = []
        for f in c.findall('eStructuralFeatures'):
            derived = '/' if f.get('derived') == 'true' else ''
            text = f'{derived}{f.get("name")}'
            if f.get(XSI_TYPE) == 'ecore:EAttribute':
                rows.append(f'<tr><td align="left">{text} : {html.escape(type_of(f))}</td></tr>')
            elif f.get('containment') != 'true':
                rows.append(f'<tr><td align="left"><font color="#7a4b00">{text} &#8594; '
                            f'{html.escape(type_of(f))}</font></td></tr>')
        title = f'<i>{c.get("name")}</i>' if c.get('abstract') == 'true' else f'<b>{c.get("name")}</b>'
        body = ''.join(rows) or '<tr><td></td></tr>'
        out.append(f'  {c.get("name")} [label=<<table border="0" cellborder="1" cellspacing="0" cellpadding="3">'
                   f'<tr><td bgcolor="#dfe8f5">{title}</td></tr>{body}</table>>];')
    for c in classes:
        for s in (c.get('eSuperTypes') or '').split():
            out.append(f'  {c.get("name")} -> {s.split("#//")[-1]} [arrowhead=empty, color="#555555"];')
        for f in c.findall('eStructuralFeatures'):
            if f.get(XSI_TYPE) == 'ecore:EReference' and f.get('containment') == 'true':
                target = f.get('eType').split('#//')[-1]
                out.append(f'  {c.get("name")} -> {target} [arrowtail=diamond, dir=both, arrowhead=vee, '
                           f'label="{f.get("name")} {multiplicity(f)}", color="#1f4e99"];')
    out.append('}')
    print('\n'.join(out))


if __name__ == '__main__':
    main(sys.argv[1])
