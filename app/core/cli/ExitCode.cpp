#include "cli/ExitCode.h"

namespace ExitCode {

int of(FetchError::Kind kind)
{
    switch (kind) {
    case FetchError::Kind::None:
        return Success;
    case FetchError::Kind::InvalidInput:
    case FetchError::Kind::MissingKey:
        return Usage;
    case FetchError::Kind::InvalidResponse:
        return InvalidResponse;
    case FetchError::Kind::WriteFailed:
        return WriteFailure;
    default:
        return NetworkFailure;
    }
}

int of(const RecordingDownloader::Failure &failure)
{
    using Kind = RecordingDownloader::Failure::Kind;
    switch (failure.kind) {
    case Kind::NoRecording:
    case Kind::UnsafeUrl:
        return InvalidResponse;
    case Kind::Storage:
        return WriteFailure;
    default:
        return NetworkFailure;
    }
}

int of(AlignmentError::Kind kind)
{
    switch (kind) {
    case AlignmentError::Kind::None:
        return Success;
    case AlignmentError::Kind::Unreadable:
        return Usage;
    default:
        return InvalidResponse;
    }
}

int of(const BatchExporter::Summary &summary)
{
    int code = Success;
    for (const BatchExporter::ItemResult &failure : summary.failures)
        code = qMax(code, of(failure.error));
    if (code == Success && (summary.canceled || summary.notStarted > 0))
        code = NetworkFailure;
    return code;
}

int of(ScoreCommand::ErrorKind kind)
{
    using Kind = ScoreCommand::ErrorKind;
    switch (kind) {
    case Kind::None:
        return Success;
    case Kind::WriteFailure:
        return WriteFailure;
    case Kind::Usage:
    case Kind::ReadFailure:
    case Kind::InvalidInput:
        break;
    }
    return Usage;
}

int of(ReviewTransfer::ErrorKind kind)
{
    using Kind = ReviewTransfer::ErrorKind;
    switch (kind) {
    case Kind::None:
        return Success;
    case Kind::Unreachable:
        return NetworkFailure;
    case Kind::DatabaseFailure:
    case Kind::WriteFailure:
        return WriteFailure;
    case Kind::Usage:
    case Kind::ReadFailure:
    case Kind::InvalidInput:
        break;
    }
    return Usage;
}

} // namespace ExitCode
