from typing import Literal

BoundingBoxErrorType = Literal["bbox_too_large", "element_not_visible", "none", "partial_overlap", "target_outside"]

BOUNDING_BOX_ERROR_TYPE_VALUES: set[BoundingBoxErrorType] = {
    "bbox_too_large",
    "element_not_visible",
    "none",
    "partial_overlap",
    "target_outside",
}


def check_bounding_box_error_type(value: str) -> BoundingBoxErrorType:
    if value in BOUNDING_BOX_ERROR_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {BOUNDING_BOX_ERROR_TYPE_VALUES!r}")
