"""The gRPC servicer: a thin shell that turns logtriage.v1 calls into Engine.classify calls."""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator, Callable
from typing import TYPE_CHECKING, Any

import grpc
import structlog
from google.protobuf.message import DecodeError

from .. import __version__
from ..engine.cascade import Engine
from ..v1 import classifier_service_pb2 as pb
from .convert import classifications_to_pb, records_from_pb
from .in_flight_bytes import Admitted, ByteBound, Refused

log = structlog.get_logger(__name__)

SERVICE_NAME = "logtriage.v1.ClassifierService"
if TYPE_CHECKING:
    Context = grpc.aio.ServicerContext[Any, Any]  # requests and replies: logtriage.v1 messages


class _Malformed:
    """Stands in for a request that did not parse, so the handler can answer INVALID_ARGUMENT."""

    def __init__(self, error: str) -> None:
        self.error = error


def _safe(parse: Callable[[bytes], Any], bytes_bound: ByteBound | None = None) -> Callable[[bytes], Any]:
    """Parses a request; with `bytes_bound`, one past the bound is refused before it is parsed."""

    def deserialize(data: bytes) -> Any:
        ticket = None
        if bytes_bound is not None:
            ticket = bytes_bound.admit(len(data))
            if ticket is None:
                return Refused(len(data), bytes_bound)
        try:
            message = parse(data)
        except (DecodeError, ValueError, RuntimeError) as exc:
            if ticket is not None:
                ticket.release()
            return _Malformed(f"{exc}")
        return Admitted(message, ticket) if ticket is not None else message

    return deserialize


class ClassifierService:
    """Bounds in-flight records; answers RESOURCE_EXHAUSTED past the bound instead of queueing."""

    def __init__(
        self, max_in_flight_records: int, max_batch_records: int, max_in_flight_bytes: int = 128 << 20
    ) -> None:
        self.engine: Engine | None = None  # set once the model is loaded; swapped on reload
        self.max_in_flight = max_in_flight_records
        self.bytes_bound = ByteBound(max_in_flight_bytes)
        self.max_batch = max_batch_records
        self.in_flight = 0
        self.rejected = 0
        self.failures: dict[tuple[str, str], int] = {}  # (method, status code name) -> calls that failed
        self.observers: list[Callable[[str, Engine, list[Any], float], None]] = []

    @property
    def in_flight_bytes(self) -> int:
        return self.bytes_bound.held

    async def Classify(self, request: Any, context: Context) -> pb.ClassifyResponse:
        with await self._check_request("Classify", request, context) as message:
            answers = await self._classify("Classify", [message.record], context)
        return pb.ClassifyResponse(classification=answers[0])

    async def ClassifyBatch(self, request: Any, context: Context) -> pb.ClassifyBatchResponse:
        with await self._check_request("ClassifyBatch", request, context) as message:
            answers = await self._classify("ClassifyBatch", message.records, context)
        return pb.ClassifyBatchResponse(classifications=answers)

    async def ClassifyStream(
        self, requests: AsyncIterator[Any], context: Context
    ) -> AsyncIterator[pb.ClassifyStreamResponse]:
        async for request in requests:
            with await self._check_request("ClassifyStream", request, context) as message:
                answers = await self._classify("ClassifyStream", message.records, context)
                batch_id = message.batch_id
            del request, message
            yield pb.ClassifyStreamResponse(batch_id=batch_id, classifications=answers)

    async def GetInfo(self, request: Any, context: Context) -> pb.GetInfoResponse:
        with await self._check_request("GetInfo", request, context):
            pass
        engine = await self._engine("GetInfo", context)
        model = engine.model_tier
        return pb.GetInfoResponse(
            labels=engine.labels,
            rule_count=len(engine.ruleset.rules),
            route_count=len(engine.ruleset.routes),
            model_version=model.version if model else "",
            embedding_model=str(model.model.manifest.get("embedding", {}).get("model", "")) if model else "",
            model_threshold=model.threshold if model else 0.0,
            llm_enabled=engine.llm_enabled,
            server_version=__version__,
        )

    async def _check_request(self, method: str, request: Any, context: Context) -> Admitted:
        """The parsed message, held against the in-flight bytes bound until the `with` block ends."""
        if isinstance(request, _Malformed):
            await self._fail(
                method,
                context,
                grpc.StatusCode.INVALID_ARGUMENT,
                f"request is not a valid logtriage.v1 message ({request.error}); string fields must be valid UTF-8",
            )
        if isinstance(request, Refused):
            self.rejected += 1
            await self._fail(method, context, grpc.StatusCode.RESOURCE_EXHAUSTED, request.reason())
        return request if isinstance(request, Admitted) else Admitted(request, None)

    async def _engine(self, method: str, context: Context) -> Engine:
        if self.engine is None:
            await self._fail(method, context, grpc.StatusCode.UNAVAILABLE, "the model is still loading; retry shortly")
        assert self.engine is not None
        return self.engine

    async def _fail(self, method: str, context: Context, code: grpc.StatusCode, text: str) -> None:
        """Counts the failure by method and code, then ends the call with it (abort raises)."""
        self._count_failure(method, code.name)
        await context.abort(code, text)

    def _count_failure(self, method: str, code: str) -> None:
        self.failures[(method, code)] = self.failures.get((method, code), 0) + 1

    async def _classify(self, method: str, messages: Any, context: Context) -> list[Any]:
        engine = await self._engine(method, context)
        n = len(messages)
        if n > self.max_batch:
            await self._fail(
                method,
                context,
                grpc.StatusCode.INVALID_ARGUMENT,
                f"batch of {n} records is over the limit of {self.max_batch}; split it",
            )
        if self.in_flight + n > self.max_in_flight and self.in_flight > 0:
            self.rejected += 1
            await self._fail(
                method,
                context,
                grpc.StatusCode.RESOURCE_EXHAUSTED,
                f"{self.in_flight} records already in work (limit {self.max_in_flight}); retry with backoff",
            )
        remaining = context.time_remaining()
        deadline = time.monotonic() + remaining if remaining is not None else None
        started = time.perf_counter()
        self.in_flight += n
        try:
            answers = await engine.classify(records_from_pb(messages), deadline)
        except asyncio.CancelledError:  # the caller went away or its deadline passed
            self._count_failure(method, grpc.StatusCode.CANCELLED.name)
            raise
        finally:
            self.in_flight -= n
        elapsed = time.perf_counter() - started
        for observe in self.observers:
            observe(method, engine, answers, elapsed)
        return classifications_to_pb(answers)


def generic_handler(service: ClassifierService) -> grpc.GenericRpcHandler:
    bound = service.bytes_bound

    def unary(fn: Any, req: Any, resp: Any) -> grpc.RpcMethodHandler[Any, Any]:
        return grpc.unary_unary_rpc_method_handler(
            fn, request_deserializer=_safe(req.FromString, bound), response_serializer=resp.SerializeToString
        )

    handlers = {
        "Classify": unary(service.Classify, pb.ClassifyRequest, pb.ClassifyResponse),
        "ClassifyBatch": unary(service.ClassifyBatch, pb.ClassifyBatchRequest, pb.ClassifyBatchResponse),
        "GetInfo": unary(service.GetInfo, pb.GetInfoRequest, pb.GetInfoResponse),
        "ClassifyStream": grpc.stream_stream_rpc_method_handler(
            service.ClassifyStream,
            request_deserializer=_safe(pb.ClassifyStreamRequest.FromString, bound),
            response_serializer=pb.ClassifyStreamResponse.SerializeToString,
        ),
    }
    return grpc.method_handlers_generic_handler(SERVICE_NAME, handlers)
