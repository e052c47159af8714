#!/usr/bin/python3
"""xlsxcheck.py: recompute every formula of an XLSX workbook with exact
decimals and compare it with the value the writer cached (to half a cent:
amounts are whole cents, shares are cached to the hundredth of a
percent); print the closing rows of the devis and of the plan as
recomputed.

    xlsxcheck.py BOOK.xlsx [SHEET!CELL=VALUE ...]

Each SHEET!CELL=VALUE replaces a cell's value before recomputing, to show
that the totals are live formulas. Knows the functions budget-cnc
writes: SUM, ROUND (half away from zero), SUMIF, SUMIFS, IF, MAX."""
import re
import sys
import zipfile
import xml.etree.ElementTree as ET
from decimal import (Decimal, DivisionByZero, InvalidOperation,
                     ROUND_HALF_UP, getcontext)

getcontext().prec = 50
# IF's branches are computed before IF chooses (Excel computes only the
# one it takes): a division by zero in the other gives NaN, not an error.
getcontext().traps[DivisionByZero] = False
getcontext().traps[InvalidOperation] = False
NS = {'m': 'http://schemas.openxmlformats.org/spreadsheetml/2006/main',
      'r': 'http://schemas.openxmlformats.org/officeDocument/2006/relationships'}


def col_num(letters):
    n = 0
    for ch in letters:
        n = n * 26 + ord(ch) - 64
    return n


def split_ref(ref):
    m = re.fullmatch(r'\$?([A-Z]+)\$?([0-9]+)', ref)
    return col_num(m.group(1)), int(m.group(2))


class Book:
    def __init__(self, path):
        z = zipfile.ZipFile(path)
        strings = []
        if 'xl/sharedStrings.xml' in z.namelist():
            for si in ET.fromstring(z.read('xl/sharedStrings.xml')).findall('m:si', NS):
                strings.append(''.join(t.text or '' for t in si.iter('{%s}t' % NS['m'])))
        wb = ET.fromstring(z.read('xl/workbook.xml'))
        rels = ET.fromstring(z.read('xl/_rels/workbook.xml.rels'))
        target = {r.get('Id'): r.get('Target') for r in rels}
        self.cells = {}        # (sheet, col, row) -> (value, formula)
        self.order = []
        for s in wb.find('m:sheets', NS):
            name = s.get('name')
            self.order.append(name)
            xml = ET.fromstring(z.read('xl/' + target[s.get('{%s}id' % NS['r'])]))
            for c in xml.iter('{%s}c' % NS['m']):
                col, row = split_ref(c.get('r'))
                f, v = c.find('m:f', NS), c.find('m:v', NS)
                if c.get('t') == 's':
                    val = strings[int(v.text)]
                elif c.get('t') == 'str':
                    val = v.text or ''
                else:
                    val = Decimal(v.text) if v is not None else None
                self.cells[(name, col, row)] = (val, f.text if f is not None else None)
        self.names = {}
        dn = wb.find('m:definedNames', NS)
        for d in (dn if dn is not None else []):
            sheet, ref = d.text.split('!')
            col, row = split_ref(ref)
            self.names[d.get('name').lower()] = (sheet.strip("'"), col, row)
        self.memo = {}

    def value(self, key):
        if key in self.memo:
            return self.memo[key]
        val, f = self.cells.get(key, (None, None))
        if f is not None:
            val = Formula(self, key[0], f).run()
        self.memo[key] = val
        return val


TOKEN = re.compile(r"""\s*(?:
    (?P<num>[0-9]+(?:\.[0-9]+)?%?) |
    (?P<str>"[^"]*") |
    (?P<ref>(?:(?:'[^']+'|[A-Za-z\u00c0-\u017f_]+)!)?\$?[A-Z]{1,3}\$?[0-9]+(?::\$?[A-Z]{1,3}\$?[0-9]+)?)(?![A-Za-z0-9_(]) |
    (?P<name>[A-Za-z_][A-Za-z0-9_.]*) |
    (?P<op><=|>=|<>|[-+*/(),=<>])
    )""", re.X)


class Formula:
    def __init__(self, book, sheet, text):
        self.book, self.sheet = book, sheet
        self.toks = []
        pos = 0
        while pos < len(text):
            m = TOKEN.match(text, pos)
            if not m or m.end() == pos:
                raise SyntaxError('cannot read %r at %d' % (text, pos))
            kind = m.lastgroup
            self.toks.append((kind, m.group(kind)))
            pos = m.end()
        self.i = 0

    def peek(self):
        return self.toks[self.i] if self.i < len(self.toks) else (None, None)

    def take(self):
        t = self.peek()
        self.i += 1
        return t

    def run(self):
        v = self.comparison()
        if self.i != len(self.toks):
            raise SyntaxError('trailing %r' % (self.toks[self.i:],))
        return v

    def comparison(self):
        a = self.additive()
        k, t = self.peek()
        if k == 'op' and t in ('=', '<', '>', '<=', '>=', '<>'):
            self.take()
            return compare(a, t, self.additive())
        return a

    def additive(self):
        a = self.term()
        while self.peek() in (('op', '+'), ('op', '-')):
            op = self.take()[1]
            b = self.term()
            a = a + b if op == '+' else a - b
        return a

    def term(self):
        a = self.unary()
        while self.peek() in (('op', '*'), ('op', '/')):
            op = self.take()[1]
            b = self.unary()
            a = a * b if op == '*' else a / b
        return a

    def unary(self):
        if self.peek() == ('op', '-'):
            self.take()
            return -self.unary()
        return self.primary()

    def primary(self):
        k, t = self.take()
        if k == 'num':
            return Decimal(t[:-1]) / 100 if t.endswith('%') else Decimal(t)
        if k == 'str':
            return t[1:-1]
        if k == 'ref':
            r = self.ref(t)
            return r if isinstance(r, list) else num(self.book.value(r))
        if k == 'name' and self.peek() == ('op', '('):
            self.take()
            args = []
            while self.peek() != ('op', ')'):
                args.append(self.comparison())
                if self.peek() == ('op', ','):
                    self.take()
            self.take()
            return call(t.upper(), args)
        if k == 'name':
            return num(self.book.value(self.book.names[t.lower()]))
        if (k, t) == ('op', '('):
            v = self.comparison()
            self.take()
            return v
        raise SyntaxError('unexpected %r' % t)

    def ref(self, t):
        sheet = self.sheet
        if '!' in t:
            sheet, t = t.rsplit('!', 1)
            sheet = sheet.strip("'")
        if ':' not in t:
            return (sheet,) + split_ref(t)
        (c1, r1), (c2, r2) = [split_ref(x) for x in t.split(':')]
        return [(sheet, c, r) for r in range(r1, r2 + 1) for c in range(c1, c2 + 1)]


def num(v):
    return Decimal(0) if v is None or v == '' else v


def compare(a, op, b):
    return {'=': a == b, '<': a < b, '>': a > b, '<=': a <= b,
            '>=': a >= b, '<>': a != b}[op]


def matches(v, crit):
    if isinstance(crit, str):
        m = re.fullmatch(r'(<=|>=|<>|<|>|=)?(.*)', crit)
        op, rest = m.group(1) or '=', m.group(2)
        if not re.fullmatch(r'-?[0-9]+(\.[0-9]+)?', rest):
            return op == '=' and v == rest
        if not isinstance(v, Decimal):
            return False
        return compare(v, op, Decimal(rest))
    return isinstance(v, Decimal) and v == crit


BOOK = None


def cells(rng):
    return [BOOK.value(k) for k in rng]


def call(fn, a):
    if fn == 'SUM':
        return sum((sum(num(v) for v in cells(x)) if isinstance(x, list) else x for x in a), Decimal(0))
    if fn == 'ROUND':
        return a[0].quantize(Decimal(1).scaleb(-int(a[1])), ROUND_HALF_UP)
    if fn == 'IF':
        return a[1] if a[0] else a[2]
    if fn == 'MAX':
        return max(a)
    if fn == 'SUMIF':
        crit, vals = cells(a[0]), cells(a[2])
        return sum((num(v) for c, v in zip(crit, vals) if matches(c, a[1])), Decimal(0))
    if fn == 'SUMIFS':
        vals = cells(a[0])
        pairs = [(cells(a[i]), a[i + 1]) for i in range(1, len(a), 2)]
        return sum((num(v) for j, v in enumerate(vals)
                    if all(matches(c[j], crit) for c, crit in pairs)), Decimal(0))
    raise SyntaxError('unknown function ' + fn)


def main():
    global BOOK
    BOOK = Book(sys.argv[1])
    for arg in sys.argv[2:]:
        ref, val = arg.split('=')
        sheet, cell = ref.split('!')
        c, r = split_ref(cell)
        BOOK.cells[(sheet, c, r)] = (Decimal(val), None)
    bad = n = 0
    for key, (cached, f) in sorted(BOOK.cells.items()):
        if f is None:
            continue
        n += 1
        got = BOOK.value(key)
        if len(sys.argv) == 2 and isinstance(got, Decimal) and abs(got - num(cached)) >= Decimal('0.005'):
            bad += 1
            print('%s!%s%d: =%s gives %s, cached %s' % (key[0], chr(64 + key[1]), key[2], f, got, cached))
    print('%d formulas, %d differ from their cached value' % (n, bad))
    for sheet, labelcol, valcols in (('Devis', 2, (7, 8, 9)), ('Plan de financement', 1, (7,))):
        rows = sorted({k[2] for k in BOOK.cells if k[0] == sheet})
        for r in rows:
            label = BOOK.cells.get((sheet, labelcol, r), (None,))[0]
            if isinstance(label, str) and re.match(r'(Sous-total|Frais généraux \(|Imprévus \(|TOTAL|Total hors|Total chapitre|Reste|Part )', label):
                vals = ['%.2f' % num(BOOK.value((sheet, c, r))) for c in valcols]
                print('%s: %s: %s' % (sheet, label, ' '.join(vals)))
    return 1 if bad else 0


sys.exit(main())
