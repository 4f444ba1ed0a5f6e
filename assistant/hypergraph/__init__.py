"""The HBDS flow hypergraph: model, hot spots, use-case candidates, layout, exports.

Pure (no I/O, no UI). Import from the modules themselves (``assistant.hypergraph.model``…):
this package re-exports nothing, so ``names`` or ``snapshot`` load without networkx.
"""
