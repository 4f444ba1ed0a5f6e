"""Optional LLM assistance: flow extraction and interview help through LangChain.

Everything here is optional and off by default: with no model configured the program
uses the deterministic offline extractor and offers no generated help. LangChain is
imported only inside the functions that build or call a model, so importing this
package (or ``assistant.llm.config``) stays cheap.

Modules: ``config`` (settings), ``models`` (building chat models), ``client`` (one
bounded, logged call), ``extractor`` and ``grounding`` (flow proposals), ``help``
(follow-ups, drafts, summaries, use-case ideas), ``log`` (the call log table),
``prompts`` (versioned templates) and ``safety`` (answer text is data, secrets never
leave the environment).
"""
