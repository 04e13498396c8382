# ---
# id: cwe125-r3-lookup-table-b
# cwe: CWE-125
# vulnerable: false
# twin: none
# tags: array
# explanation: Glyph widths are kept in an array.array; the code point from the text is checked against the table length, and array indexing is bounds-checked anyway, so no read goes outside the table.
# ---
from array import array


class FontMetrics:
    def __init__(self, widths: bytes, default: int = 8):
        self._widths = array("B", widths)
        self._default = default

    def text_width(self, text: str) -> int:
        total = 0
        for ch in text:
            cp = ord(ch)
            total += self._widths[cp] if cp < len(self._widths) else self._default
        return total
