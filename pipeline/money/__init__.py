"""Find monetary amounts in text: the ``news_money`` stage, as a package of small modules.

| module | job |
|---|---|
| ``rules`` | the compiled rules: lookup tables and regexes built from the lexicons, once |
| ``context`` | the words around a position: next word, word before, month before, change words |
| ``currency`` | reading a currency before or after a number; pounds of weight |
| ``number`` | reading a number in digits or words, with what is glued to it |
| ``amount`` | reading one amount at a number: currency, scales, minor tail, qualifier, rate |
| ``neighbours`` | the ordered, named rules over two neighbouring amounts |
| ``article`` | passes over all amounts of a text: the article's dollar, tables, conversions, signs |
| ``finder`` | ``find_amounts``: the passes in order, and the immutable ``Amount`` result |
| ``component`` | the spaCy component ``news_money`` |
"""

from .component import MoneyFinder, make_money_finder
from .finder import Amount, find_amounts

__all__ = ["Amount", "MoneyFinder", "find_amounts", "make_money_finder"]
