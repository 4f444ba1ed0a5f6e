"""``data360 serve``: the TUI in web browsers, behind a guard (token, Host, Origin, cap).

``guard`` holds the policy (pure, no aiohttp); ``server`` wraps textual-serve with it.
"""
