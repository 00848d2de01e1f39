"""The member's own data: what an export holds, and what deleting an account erases.

Other apps add what they keep about a member to the export with
``export.register_section`` in their ``AppConfig.ready()``.
"""
