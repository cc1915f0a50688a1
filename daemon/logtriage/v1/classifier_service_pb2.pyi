from google.protobuf.internal import containers as _containers
from google.protobuf.internal import enum_type_wrapper as _enum_type_wrapper
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class Tier(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    TIER_UNSPECIFIED: _ClassVar[Tier]
    TIER_REGEX: _ClassVar[Tier]
    TIER_CACHE: _ClassVar[Tier]
    TIER_MODEL: _ClassVar[Tier]
    TIER_LLM: _ClassVar[Tier]
    TIER_NONE: _ClassVar[Tier]
    TIER_LLM_CACHE: _ClassVar[Tier]
TIER_UNSPECIFIED: Tier
TIER_REGEX: Tier
TIER_CACHE: Tier
TIER_MODEL: Tier
TIER_LLM: Tier
TIER_NONE: Tier
TIER_LLM_CACHE: Tier

class LogRecord(_message.Message):
    __slots__ = ("source", "message", "attributes")
    class AttributesEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: str
        value: str
        def __init__(self, key: _Optional[str] = ..., value: _Optional[str] = ...) -> None: ...
    SOURCE_FIELD_NUMBER: _ClassVar[int]
    MESSAGE_FIELD_NUMBER: _ClassVar[int]
    ATTRIBUTES_FIELD_NUMBER: _ClassVar[int]
    source: str
    message: str
    attributes: _containers.ScalarMap[str, str]
    def __init__(self, source: _Optional[str] = ..., message: _Optional[str] = ..., attributes: _Optional[_Mapping[str, str]] = ...) -> None: ...

class Classification(_message.Message):
    __slots__ = ("label", "tier", "confidence", "rule_id", "model_version", "template_id")
    LABEL_FIELD_NUMBER: _ClassVar[int]
    TIER_FIELD_NUMBER: _ClassVar[int]
    CONFIDENCE_FIELD_NUMBER: _ClassVar[int]
    RULE_ID_FIELD_NUMBER: _ClassVar[int]
    MODEL_VERSION_FIELD_NUMBER: _ClassVar[int]
    TEMPLATE_ID_FIELD_NUMBER: _ClassVar[int]
    label: str
    tier: Tier
    confidence: float
    rule_id: str
    model_version: str
    template_id: str
    def __init__(self, label: _Optional[str] = ..., tier: _Optional[_Union[Tier, str]] = ..., confidence: _Optional[float] = ..., rule_id: _Optional[str] = ..., model_version: _Optional[str] = ..., template_id: _Optional[str] = ...) -> None: ...

class ClassifyRequest(_message.Message):
    __slots__ = ("record",)
    RECORD_FIELD_NUMBER: _ClassVar[int]
    record: LogRecord
    def __init__(self, record: _Optional[_Union[LogRecord, _Mapping]] = ...) -> None: ...

class ClassifyResponse(_message.Message):
    __slots__ = ("classification",)
    CLASSIFICATION_FIELD_NUMBER: _ClassVar[int]
    classification: Classification
    def __init__(self, classification: _Optional[_Union[Classification, _Mapping]] = ...) -> None: ...

class ClassifyBatchRequest(_message.Message):
    __slots__ = ("records",)
    RECORDS_FIELD_NUMBER: _ClassVar[int]
    records: _containers.RepeatedCompositeFieldContainer[LogRecord]
    def __init__(self, records: _Optional[_Iterable[_Union[LogRecord, _Mapping]]] = ...) -> None: ...

class ClassifyBatchResponse(_message.Message):
    __slots__ = ("classifications",)
    CLASSIFICATIONS_FIELD_NUMBER: _ClassVar[int]
    classifications: _containers.RepeatedCompositeFieldContainer[Classification]
    def __init__(self, classifications: _Optional[_Iterable[_Union[Classification, _Mapping]]] = ...) -> None: ...

class ClassifyStreamRequest(_message.Message):
    __slots__ = ("batch_id", "records")
    BATCH_ID_FIELD_NUMBER: _ClassVar[int]
    RECORDS_FIELD_NUMBER: _ClassVar[int]
    batch_id: int
    records: _containers.RepeatedCompositeFieldContainer[LogRecord]
    def __init__(self, batch_id: _Optional[int] = ..., records: _Optional[_Iterable[_Union[LogRecord, _Mapping]]] = ...) -> None: ...

class ClassifyStreamResponse(_message.Message):
    __slots__ = ("batch_id", "classifications")
    BATCH_ID_FIELD_NUMBER: _ClassVar[int]
    CLASSIFICATIONS_FIELD_NUMBER: _ClassVar[int]
    batch_id: int
    classifications: _containers.RepeatedCompositeFieldContainer[Classification]
    def __init__(self, batch_id: _Optional[int] = ..., classifications: _Optional[_Iterable[_Union[Classification, _Mapping]]] = ...) -> None: ...

class GetInfoRequest(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class GetInfoResponse(_message.Message):
    __slots__ = ("labels", "rule_count", "model_version", "embedding_model", "model_threshold", "llm_enabled", "server_version", "route_count")
    LABELS_FIELD_NUMBER: _ClassVar[int]
    RULE_COUNT_FIELD_NUMBER: _ClassVar[int]
    MODEL_VERSION_FIELD_NUMBER: _ClassVar[int]
    EMBEDDING_MODEL_FIELD_NUMBER: _ClassVar[int]
    MODEL_THRESHOLD_FIELD_NUMBER: _ClassVar[int]
    LLM_ENABLED_FIELD_NUMBER: _ClassVar[int]
    SERVER_VERSION_FIELD_NUMBER: _ClassVar[int]
    ROUTE_COUNT_FIELD_NUMBER: _ClassVar[int]
    labels: _containers.RepeatedScalarFieldContainer[str]
    rule_count: int
    model_version: str
    embedding_model: str
    model_threshold: float
    llm_enabled: bool
    server_version: str
    route_count: int
    def __init__(self, labels: _Optional[_Iterable[str]] = ..., rule_count: _Optional[int] = ..., model_version: _Optional[str] = ..., embedding_model: _Optional[str] = ..., model_threshold: _Optional[float] = ..., llm_enabled: _Optional[bool] = ..., server_version: _Optional[str] = ..., route_count: _Optional[int] = ...) -> None: ...
