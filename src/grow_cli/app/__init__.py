"""Use cases: what a command asks for, between the thin commands and the core.

Loading the records, holding a conversation (start, resume, scripted or interactive, review,
drafts, save), the demo, looking people and notes up, calendar events and the one JSON shape of
each object. Commands parse options, call these, and choose a view; they reach the store only
through here.
"""
