"""What the LALR parser would do with a token, asked of its parse table alone.

Lark's InteractiveParser answers "which tokens are acceptable now?" by copying the
parser (its value stack deep-copied) and feeding each token for real, which runs the
tree builder on the copies.  Error messages and error recovery ask that question
often, so Automaton answers it from the state stack only: it replays the reductions a
token would cause on a scratch copy of the stack's top and reports whether the token
is finally shifted.  Nothing is built and the real parser is untouched.
"""
from __future__ import annotations

from lark.parsers.lalr_analysis import Shift

END = "$END"


class Automaton:
    def __init__(self, parse_conf):
        self.states = parse_conf.states
        self.end_state = parse_conf.end_state

    def accepts(self, state_stack: list, terminal: str) -> bool:
        """Whether the parser in `state_stack` would shift `terminal` (for $END: accept)."""
        states = self.states
        base = len(state_stack)     # state_stack[:base] is the untouched part
        pushed = []                 # states pushed by the replayed reductions
        while True:
            top = pushed[-1] if pushed else state_stack[base - 1]
            if terminal == END and top == self.end_state:
                return True
            action = states[top].get(terminal)
            if action is None:
                return False
            kind, rule = action
            if kind is Shift:
                return True
            size = len(rule.expansion)
            if size >= len(pushed):
                base -= size - len(pushed)
                pushed.clear()
            elif size:
                del pushed[-size:]
            below = pushed[-1] if pushed else state_stack[base - 1]
            pushed.append(states[below][rule.origin.name][1])

    def after(self, state_stack: list, terminal: str):
        """The state stack after shifting `terminal` (a new list), or None if the
        parser would not take it.  For short look-ahead searches in error recovery."""
        if not self.accepts(state_stack, terminal):
            return None
        stack = list(state_stack)
        while True:
            kind, rule = self.states[stack[-1]][terminal]
            if kind is Shift:
                stack.append(rule)
                return stack
            size = len(rule.expansion)
            if size:
                del stack[-size:]
            stack.append(self.states[stack[-1]][rule.origin.name][1])

    def reductions(self, state_stack: list, terminal: str):
        """The rules the parser would reduce, in order, on seeing `terminal`, before
        shifting it or finding that it cannot (LALR reduces some rules before
        detecting an error; the stack is then still a valid prefix)."""
        stack = list(state_stack)
        rules = []
        while True:
            action = self.states[stack[-1]].get(terminal)
            if action is None:
                return rules
            kind, rule = action
            if kind is Shift:
                return rules
            rules.append(rule)
            size = len(rule.expansion)
            if size:
                del stack[-size:]
            stack.append(self.states[stack[-1]][rule.origin.name][1])

    def opens_block(self, state_stack: list) -> bool:
        """Whether a `{` now would open a block (or a switch/select body) rather
        than continue an expression (a composite literal, a function literal)."""
        rules = self.reductions(state_stack, "LBRACE")
        if (rules[-1].origin.name == "signature" if rules else self._after_signature(state_stack[-1])):
            return False        # the body of a function literal
        after = self.after(state_stack, "LBRACE")
        return after is not None and not {"RETURN", "CASE"}.isdisjoint(self.states[after[-1]])

    def _after_signature(self, state) -> bool:
        return any(kind is not Shift and rule.expansion and rule.expansion[-1].name == "signature"
                   for kind, rule in self.states[state].values())

    def acceptable(self, state_stack: list) -> set:
        """Every terminal the parser in `state_stack` would shift next."""
        candidates = [name for name in self.states[state_stack[-1]] if name.isupper() or name == END]
        return {name for name in candidates if self.accepts(state_stack, name)}
