"""Render a journal for other tools. Pure functions: data in, text out.

- markdown.py: notes vaults; one page, or a page per plan.
- json.py: the whole journal in a fixed, documented shape (docs/conventions.md).
- ics.py: iCalendar (RFC 5545), one all-day event per upcoming check-in.
- common.py: what they share, the one Markdown escaper among it.
"""
