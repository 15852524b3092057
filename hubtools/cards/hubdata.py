"""What the Hub accepts in card metadata, for offline linting.

Sources: hub-docs `repositories-licenses.md` (license ids), huggingface.js
`packages/tasks/src/pipelines.ts` (pipeline tags), ISO 639-1 (two-letter
languages), and the model-card metadata spec (known keys). The Hub may add ids
later; lint reports unknown ones so they are checked, with the fix.
"""

from __future__ import annotations


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


LICENSES = _words(
    """
    apache-2.0 mit openrail bigscience-openrail-m creativeml-openrail-m bigscience-bloom-rail-1.0
    bigcode-openrail-m afl-3.0 artistic-2.0 bsl-1.0 bsd bsd-2-clause bsd-3-clause
    bsd-3-clause-clear c-uda cc cc0-1.0 cc-by-2.0 cc-by-2.5 cc-by-3.0 cc-by-4.0 cc-by-sa-3.0
    cc-by-sa-4.0 cc-by-nc-2.0 cc-by-nc-3.0 cc-by-nc-4.0 cc-by-nd-4.0 cc-by-nc-nd-3.0
    cc-by-nc-nd-4.0 cc-by-nc-sa-2.0 cc-by-nc-sa-3.0 cc-by-nc-sa-4.0 cdla-sharing-1.0
    cdla-permissive-1.0 cdla-permissive-2.0 wtfpl ecl-2.0 epl-1.0 epl-2.0 etalab-2.0 eupl-1.1
    agpl-3.0 gfdl gpl gpl-2.0 gpl-3.0 lgpl lgpl-2.1 lgpl-3.0 isc lppl-1.3c ms-pl
    mpl-2.0 odc-by odbl openrail++ osl-3.0 postgresql ofl-1.1 ncsa unlicense zlib pddl lgpl-lr
    deepfloyd-if-license llama2 llama3 llama3.1 llama3.2 llama3.3 llama4 gemma unknown other
    """
)

PIPELINE_TAGS = _words(
    """
    biology text-classification token-classification table-question-answering question-answering
    zero-shot-classification translation summarization feature-extraction text-generation
    text2text-generation fill-mask sentence-similarity text-to-speech text-to-audio
    automatic-speech-recognition audio-to-audio audio-classification audio-text-to-text
    voice-activity-detection depth-estimation image-classification object-detection
    image-segmentation text-to-image image-to-text image-to-image image-to-video
    unconditional-image-generation video-classification reinforcement-learning robotics
    tabular-classification tabular-regression tabular-to-text table-to-text multiple-choice
    text-ranking text-retrieval time-series-forecasting text-to-video image-text-to-text
    visual-question-answering document-question-answering zero-shot-image-classification
    graph-ml mask-generation zero-shot-object-detection text-to-3d image-to-3d
    image-feature-extraction video-text-to-text keypoint-detection visual-document-retrieval
    any-to-any other
    """
)

ISO_639_1 = _words(
    """
    aa ab ae af ak am an ar as av ay az ba be bg bh bi bm bn bo br bs ca ce ch co cr cs cu cv
    cy da de dv dz ee el en eo es et eu fa ff fi fj fo fr fy ga gd gl gn gu gv ha he hi ho hr
    ht hu hy hz ia id ie ig ii ik io is it iu ja jv ka kg ki kj kk kl km kn ko kr ks ku kv kw
    ky la lb lg li ln lo lt lu lv mg mh mi mk ml mn mr ms mt my na nb nd ne ng nl nn no nr nv
    ny oc oj om or os pa pi pl ps pt qu rm rn ro ru rw sa sc sd se sg si sk sl sm sn so sq sr
    ss st su sv sw ta te tg th ti tk tl tn to tr ts tt tw ty ug uk ur uz ve vi vo wa wo xh yi
    yo za zh zu
    """
)
# Language values the Hub accepts besides ISO codes.
SPECIAL_LANGUAGES = frozenset({"multilingual", "code"})

# Model-card metadata keys the Hub reads (anything else is kept but ignored).
KNOWN_KEYS = _words(
    """
    language license license_name license_link license_details library_name library_version
    tags datasets metrics pipeline_tag widget model-index base_model base_model_relation
    thumbnail inference co2_eq_emissions new_version model_name model_type pretty_name
    extra_gated_prompt extra_gated_fields extra_gated_heading extra_gated_description
    extra_gated_button_content extra_gated_eu_disallowed gated language_bcp47
    language_details paperswithcode_id finetuned_from tasks instance_prompt mask_token
    """
)

WIDGET_KEYS = frozenset(
    {
        "text",
        "messages",
        "src",
        "example_title",
        "output",
        "context",
        "candidate_labels",
        "multi_class",
        "source_sentence",
        "sentences",
        "table",
        "structured_data",
        "parameters",
        "group",
    }
)
