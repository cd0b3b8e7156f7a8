from typing import Literal

SuggestionQualityRating = Literal["adequate", "excellent", "good", "incorrect", "poor"]

SUGGESTION_QUALITY_RATING_VALUES: set[SuggestionQualityRating] = {
    "adequate",
    "excellent",
    "good",
    "incorrect",
    "poor",
}


def check_suggestion_quality_rating(value: str) -> SuggestionQualityRating:
    if value in SUGGESTION_QUALITY_RATING_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SUGGESTION_QUALITY_RATING_VALUES!r}")
