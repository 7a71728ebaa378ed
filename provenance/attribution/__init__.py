"""Stage 4, attributions: every place an article credits a source.

The modules, in the order a sentence meets them:

- :mod:`.sentence`  the orchestrator: cue rules per sentence (verbs, lead-ins, participles,
                    outlets acting, conduits), the outlet named last as the antecedent of
                    "the paper", the learned stance cues, nested attribution at the end;
- :mod:`.sources`   what the noun phrase next to a cue is (outlet, person, anonymous, vague);
- :mod:`.speakers`  quotations without a cue verb (transcripts, trailers, inverted verbs);
- :mod:`.unspaced`  languages without capitals or spaces (zh, ja, ko, ar, fa);
- :mod:`.nesting`   one attribution per span; "TASS, citing the Post" as a chain;
- :mod:`.lines`     datelines, foot credits, photo credits, an agency's house style;
- :mod:`.bylines`   the writers a byline names ("By Jane Doe and Tom Roe"), an outlet in it a credit;
- :mod:`.links`     links and URLs as citations;
- :mod:`.posts`     embedded social posts ("— Name (@account) date");
- :mod:`.stance`    the learned cue model ("X declined", "X has called for");
- :mod:`.patterns`  the shared regular expressions.
"""

from provenance.attribution.links import link_attributions, normalised_url
from provenance.attribution.posts import post_attributions
from provenance.attribution.sentence import extract

__all__ = ["extract", "link_attributions", "normalised_url", "post_attributions"]
