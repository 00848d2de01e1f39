"""Follows and notifications: who hears about what happens in the community, and how.

Other apps send a notification with ``services.notification_send`` and a kind from
``kinds`` (or one they ``kinds.register``); they never write the tables themselves.
"""
