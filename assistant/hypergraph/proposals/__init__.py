"""Use-case candidates drawn from the hot spots of a map (METHOD.md §4.3).

Two strategies, as the method names them, both proposed from the hot spots:

* ``improve-flow`` — improve, automate or optimise one flow: a document drafted from the
  system that holds its content, a live board fed by a system instead of phone calls, one
  publication instead of copies to each reader, content sent straight from the system.
* ``change-structure`` — change the map: capture data once at its source (a re-typing step
  disappears), retire an artefact that only carries information (a workbook, a whiteboard:
  "remove as a relay" is for these, never for a person), give the readers around a busy
  person direct access to what they wait for (the person keeps the role).

Every candidate is a pre-filled ``UseCase`` in the map's own words (contents, media, pain
points), naming its hot spot and the pain it relieves. Lenses are first guesses from the
map — desirability from pains and heat, datability from the system that holds the
content, viability from frequency and pains, feasibility only where nothing new must be
built — and a lens the map cannot judge is left unscored (``None``), never set to 1.
Each lens says why it has its score (or why the map cannot judge it), and each candidate
names what to check before the workshop counts on it. They are proposals for the workshop
to edit, never a verdict.

Beyond the hot spots, a flow whose pain names what it lacks is read as a data use case:
a system's output that ignores inputs the map already carries elsewhere ("proposals
ignore promotions and weather"), a content that never reaches the system that should use
it ("never used in the ERP forecast"), an export that leaves a board stale.
"""

from assistant.hypergraph.proposals.listing import propose_usecases

__all__ = ["propose_usecases"]
