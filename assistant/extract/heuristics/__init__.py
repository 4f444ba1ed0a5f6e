"""Free-text heuristics: find information flows in an answer, deterministically.

How a sentence is read, in order:

1. **Tokens and clauses.** Sentences are cut into clauses at ``;``, at subordinate
   openers ("When …,", "Once …,"), at relative pronouns (", which …", "that …", ", who …"),
   and at ``and`` / ``then`` / ``before`` / ``to`` when a verb follows. A clause knows its
   verb (first verb-looking word, with noun/verb ambiguity settled by the word before it:
   "the report" is a noun, "contractors report" a verb), its voice (passive after a form
   of *be*), and how it links to the clause before (shares its subject, relative to a noun).
2. **Who sends.** The subject is the first noun phrase of the clause outside a
   prepositional phrase and not a time expression; a coordinated clause ("… and emails it
   to …") reuses the previous subject; a subject relative (", who then …") uses the noun
   it follows; pronouns (they, he, she) go back to the last actor subject. In the passive
   voice the sender is the agent (``by X``), else ``from X``, else a system named in the
   subject ("WellView data is synced …"), else the last system named earlier in the sentence.
3. **Who receives.** By the verb's class: ``to``/``into`` targets for verbs of sending;
   ``in``/``on`` a system for verbs of data entry ("logs it in Salesforce"); ``with`` for
   *share*; ``for`` a person for *export*/*prepare*; the direct object for verbs of telling
   ("phones the reliability team"); ``from`` a source for verbs of receiving
   ("receives them from the banks"); lists are split ("to A, B and C"). A relative clause
   on something received names the receiver in the main clause ("the results that the
   operator radios in"), and a shared file that someone *sees / checks / downloads* is a
   flow from its keeper to that reader.
4. **Actors, not media.** A noun phrase is an actor when its head is a role, a team, an
   organisation, a system or a proper name, and never when it is a channel or a document
   (email, spreadsheet, report…), so "through the claims platform" is a medium. Where
   only an actor can stand (who sends, to whom, by whom), any other concrete noun is
   taken as a person ("citizens fill in …", "to the captain").
5. **Maturity** follows the labelling conventions of the evaluation set: the strongest
   cue of the clause wins (the transfer itself — email, phone, paper, re-typing by a
   person, API, interface, automatic — beats a carrier — shared file, export, upload, a
   business system used by a person — which beats a hint from the verb such as *hands* or
   *shares*); equal strength goes to the lower maturity ("exported then emailed" is low).
   A clause with only weak hints takes the carrier named elsewhere in the sentence ("notes
   it on paper and hands it …"). Cues about people (re-typing, handing over) are ignored
   when a system sends. Without a cue: system to system is high, a person into a system
   medium, person to person low.
6. **Clean-up.** Actor names are merged when one is a shorter form of another with the
   same head ("the engineer" → "supplier quality engineer"); duplicate flows and
   self-loops are dropped.

Package layout, one seam per module: ``tokens`` (sentences and tokens), ``phrases`` (noun
phrases), ``words`` (word classes in context, noun phrases), ``sentence`` (clauses),
``turns`` (transcript turns), ``arrows`` (arrow lines), ``maturity`` (cues of maturity),
``cues`` (words and patterns the reader looks for), ``clauses`` (pure predicates on one
clause), ``naming`` (name merging and listed actors). The reader is one class built in
layers, each module over the one before: ``actors`` (names, pronouns, roles), ``parts``
(a clause's subject, object, groups), ``context`` (owners, holders, who came before),
``emitting`` (flows recorded), ``sending`` (the shared clause record and the sending
step), ``flows`` (the steps of one clause), and ``reader`` (texts, transcripts,
corrections, arrow lines, clean-up); ``plausible`` is the last check on every flow's
endpoints, run once by ``extract_free_text``.
The rules were developed on ``dev.jsonl`` and the team's cases; ``bench/extract_eval.py``
measures them on answers they were not tuned on.
"""

from __future__ import annotations

from assistant.extract.heuristics.maturity import judge_maturity
from assistant.extract.heuristics.reader import FreeTextReader, extract_free_text
from assistant.extract.heuristics.tokens import split_sentences, tokenize

__all__ = ["FreeTextReader", "extract_free_text", "judge_maturity", "split_sentences", "tokenize"]
