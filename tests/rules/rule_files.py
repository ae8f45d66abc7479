"""A minimal rule file for the rule-cache tests: one existence rule on ``{word}``."""

RULE = """\
id: T.Kata
kind: existence
category: style
severity: warning
message: "Hindari {{text}}."
reference: KBBI
tokens: [{word}]
examples:
  bad:
    - text: "Ini [[{word}]] saja."
      fix: null
  good:
    - "Ini kata lain."
"""
