"""minigo's front end: Go source text to the syntax tree of minigo.syntax.ast.

`parse_file(filename, source) -> ast.File` raises minigo.errors.CompileErrors;
`parse_file_with_errors(filename, source) -> (ast.File | None, [CompileError])`
reports what gc reports, several errors a file, and says whether gc would go on to
type-check.  The parser (and Lark) are loaded on the first call, so importing
minigo.syntax.ast alone stays cheap for the later stages.
"""


def parse_file(filename: str, source):
    """Parses one Go source file (bytes or str) into an ast.File; raises CompileErrors."""
    from minigo.syntax.parser import parse_file as parse
    return parse(filename, source)


def parse_file_with_errors(filename: str, source):
    """Parses one Go source file as gc does: (ast.File or None, [CompileError]).
    None means gc stops after parsing (syntax errors); a File comes with the errors
    that do not stop gc's type checker.  See minigo.syntax.parser."""
    from minigo.syntax.parser import parse_file_with_errors as parse
    return parse(filename, source)


__all__ = ["parse_file", "parse_file_with_errors"]
