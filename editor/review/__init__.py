"""Reviewing the writer's own Word file: fixes as tracked changes, findings as comments
(:mod:`editor.review.tracked`), and accepting or rejecting every change (:mod:`editor.review.accept`).

Works on the OOXML with lxml; never imports Qt, SQLAlchemy or ``db``.
"""
