"""Everything that reads people's words or speaks to them: the safety net, support and behavior
coaching, the apology drafter and checker, the `start` check-in, and the guides (texts/).

Pure: no click, no prompts, no disk writes.
"""
