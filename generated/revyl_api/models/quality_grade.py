from typing import Literal

QualityGrade = Literal["A", "B", "C", "D", "F"]

QUALITY_GRADE_VALUES: set[QualityGrade] = {
    "A",
    "B",
    "C",
    "D",
    "F",
}


def check_quality_grade(value: str) -> QualityGrade:
    if value in QUALITY_GRADE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {QUALITY_GRADE_VALUES!r}")
