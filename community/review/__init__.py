"""Review: members with the privilege approve or reject the edits others suggest.

Moderation (flags, first posts) will add its queues here.
"""
