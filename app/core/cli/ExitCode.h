#pragma once

#include "decode/AlignmentError.h"
#include "export/BatchExporter.h"
#include "net/FetchError.h"
#include "recording/RecordingDownloader.h"
#include "review/ReviewTransfer.h"
#include "scorecards/ScoreCommand.h"

// Exit codes of `callreview` on the command line: a contract scripts depend on. The engine
// reports error kinds; only the command line turns them into exit codes, here.
namespace ExitCode {
constexpr int Success = 0;
constexpr int Usage = 2; // usage error, invalid call ID, no API key, scorecard files
constexpr int NetworkFailure = 3; // network or HTTP failure; the review database unreachable
constexpr int InvalidResponse = 4; // the response is not a valid call (or audio)
constexpr int WriteFailure = 5; // the output (a file, the review database) cannot be written

// 2 usage/ID/key, 3 network/HTTP, 4 invalid response, 5 local write.
int of(FetchError::Kind kind);
inline int of(const FetchError &error)
{
    return of(error.kind);
}
// 4 when the call holds no recording we may open, 5 when it cannot be stored, else 3.
int of(const RecordingDownloader::Failure &failure);
// A recording that cannot be aligned: 2 when the file cannot be read (a wrong --recording path),
// else 4 (not audio, truncated, silent, too long ...).
int of(AlignmentError::Kind kind);
// 0 only when every call was saved (or already there); else the worst failure's code.
int of(const BatchExporter::Summary &summary);
// --score: 5 when the result cannot be written; any other problem with the files is 2.
int of(ScoreCommand::ErrorKind kind);
// --import-reviews / --export-reviews: 2 a bad --review-db, no reviewer name, an unreadable or
// malformed file; 3 the database server cannot be reached (or refused the login); 5 the
// database refused the import (or a call is reviewed by someone else), or the export file
// cannot be written.
int of(ReviewTransfer::ErrorKind kind);
} // namespace ExitCode
