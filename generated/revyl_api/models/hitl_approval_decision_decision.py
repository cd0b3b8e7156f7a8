from typing import Literal

HITLApprovalDecisionDecision = Literal["approved", "rejected"]

HITL_APPROVAL_DECISION_DECISION_VALUES: set[HITLApprovalDecisionDecision] = {
    "approved",
    "rejected",
}


def check_hitl_approval_decision_decision(value: str) -> HITLApprovalDecisionDecision:
    if value in HITL_APPROVAL_DECISION_DECISION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {HITL_APPROVAL_DECISION_DECISION_VALUES!r}")
