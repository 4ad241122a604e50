"""The bytes of a WARC file as its records see them: plain, gzipped per record or gzipped as
one stream, inflated member by member so that a record's offset is known and a corrupt or
truncated member costs only the records inside it."""

from __future__ import annotations

import zlib
from typing import IO, Any, NamedTuple

from .files import GZIP_MAGIC, os_error

_CHUNK = 1 << 16
#: While rescanning for the next gzip member after a corrupt one, keep at most this much of it.
_RESCAN_KEEP = 4 << 20


class FileOffset(NamedTuple):
    """Where a place in the data is: a file offset when ``in_file``, else one in the inflated
    data (a record inside a file gzipped as one stream)."""

    offset: int
    in_file: bool


class Blanks(NamedTuple):
    """The blank lines passed over between records (up to a limit), and whether all were kept."""

    kept: bytes
    whole: bool


class WarcBytes:
    """The bytes of a WARC (or ARC) file as its records see them, with where each record sits.

    A ``.warc.gz`` is usually one gzip member per record (which lets an index seek to a
    record), sometimes one member for the whole file. Both are inflated here member by member
    with :mod:`zlib`, at most 64 KiB at a time, so:

    * the offset of a record is the file offset of the gzip member it starts, when it starts
      one (otherwise its offset in the inflated data, which :meth:`file_offset` says);
    * a truncated or corrupt member stops the data *there* (:meth:`take_problem` says why) and
      reading resumes at the next gzip member found after it, so later records survive;
    * whatever is read through a plain stream (stdin, a ``GzipFile``) works the same, minus
      resuming.

    Reads stop short at a problem or at the end; the reader then asks :meth:`take_problem`.
    """

    def __init__(self, raw: IO[bytes], gzipped: bool) -> None:
        self._raw = raw
        self._gzipped = gzipped
        self._buf = bytearray()  # inflated bytes not consumed yet
        self._pos = 0  # inflated offset of _buf[0]
        self._end = False  # nothing more will come
        self._problem: str | None = None  # data stops here until take_problem()
        self._problem_at: int | None = None
        self.problem_at: int | None = None
        self._inflater: Any = None  # zlib decompressobj of the current member
        self._in = b""  # compressed bytes read but not inflated yet
        self._in_offset = 0  # file offset of _in[0]
        self._member_offset = 0
        self._member_raw = bytearray()  # compressed bytes of this member, for a rescan
        self._held = bytearray()  # output of this member, held until its CRC is checked
        self._holding = False
        self._probing = False  # trying a gzip magic found by a rescan: fail quietly
        self._starts: dict[int, int] = {}  # inflated offset -> file offset of a member

    # reading

    def tell(self) -> int:
        return self._pos

    def _fill(self, want: int) -> bool:
        while len(self._buf) < want and not self._end and self._problem is None:
            if self._gzipped:
                self._inflate()
            else:
                self._read_plain()
        return len(self._buf) >= want

    def has_data(self) -> bool:
        return self._fill(1)

    def read(self, n: int) -> bytes:
        self._fill(n)
        out = bytes(self._buf[:n])
        del self._buf[:n]
        self._pos += len(out)
        return out

    def skip(self, n: int) -> int:
        left = n
        while left and (self._buf or self._fill(1)):
            k = min(left, len(self._buf))
            del self._buf[:k]
            self._pos += k
            left -= k
        return n - left

    def readline(self, limit: int) -> bytes:
        scanned = 0
        while True:
            i = self._buf.find(b"\n", scanned, limit)
            if i >= 0:
                return self.read(i + 1)
            scanned = min(len(self._buf), limit)
            if scanned >= limit or not self._fill(len(self._buf) + 1):
                return self.read(min(limit, len(self._buf)))

    def peekline(self, limit: int) -> bytes:
        line = self.readline(limit)
        self.unread(line)
        return line

    def unread(self, data: bytes) -> None:
        self._buf[0:0] = data
        self._pos -= len(data)

    def skip_blank_lines(self, keep: int = _CHUNK) -> Blanks:
        """Pass over CRLF/LF between records; return them (up to ``keep``) and if all kept."""
        kept = bytearray()
        whole = True
        while self._fill(2) or self._buf:
            n = 2 if self._buf.startswith(b"\r\n") else 1 if self._buf.startswith(b"\n") else 0
            if not n:
                break
            if len(kept) < keep:
                kept += self._buf[:n]
            else:
                whole = False
            del self._buf[:n]
            self._pos += n
        return Blanks(bytes(kept), whole)

    def take_problem(self) -> str | None:
        """Why the data stopped (then reading may resume after it), or None at the end.

        ``problem_at`` is then the file offset of the problem, when it is known.
        """
        problem, self._problem = self._problem, None
        self.problem_at, self._problem_at = self._problem_at, None
        return problem

    def file_offset(self, pos: int) -> FileOffset:
        """Where ``pos`` lies: in the file itself when that is known, else in the inflated data."""
        if not self._gzipped:
            return FileOffset(pos, True)
        start = self._starts.get(pos)
        return FileOffset(start, True) if start is not None else FileOffset(pos, False)

    def forget_before(self, pos: int) -> None:
        if len(self._starts) > 64:
            self._starts = {k: v for k, v in self._starts.items() if k >= pos}

    # filling

    def _stop(self, problem: str, end: bool = False, at: int | None = None) -> None:
        self._problem = problem
        self._problem_at = at
        self._end = self._end or end

    def _read_plain(self) -> None:
        try:
            chunk = self._raw.read(_CHUNK)
        except (OSError, EOFError, zlib.error) as exc:  # a GzipFile underneath
            self._stop(f"gzip stream: {str(exc) or type(exc).__name__}", end=True)
            return
        if chunk:
            self._buf += chunk
        else:
            self._end = True

    def _more_input(self) -> bool:
        try:
            chunk = self._raw.read(_CHUNK)
        except OSError as exc:
            self._stop(f"cannot read on: {os_error(exc)}", end=True)
            return False
        self._in += chunk
        return bool(chunk)

    def _inflate(self) -> None:
        """Inflate some more. A member's output is held until zlib has checked the member's
        CRC (up to ``_RESCAN_KEEP`` bytes; a larger member, a whole-file gzip, streams)."""
        if self._inflater is None:  # between members
            while len(self._in) < 3 and self._more_input():
                pass
            if not self._in:
                self._end = True
                return
            if not self._in.startswith(GZIP_MAGIC + b"\x08"):
                if not self._probing:
                    self._stop(f"{len(self._in):,}+ bytes at file offset {self._in_offset:,} "
                               "are not gzip data", at=self._in_offset)
                self._rescan(self._in_offset)
                return
            self._member_offset = self._in_offset
            self._starts[self._pos + len(self._buf)] = self._in_offset
            self._inflater = zlib.decompressobj(31)
            self._member_raw.clear()
            self._held.clear()
            self._holding = True
        if not self._in and not self._more_input():
            self._fail(f"the file ends inside the gzip member at file offset "
                       f"{self._member_offset:,}", truncated=True)
            return
        data = self._in
        try:
            out = self._inflater.decompress(data, _CHUNK)
        except zlib.error as exc:
            self._fail(f"corrupt gzip member at file offset {self._member_offset:,} ({exc})",
                       truncated=False)
            return
        rest = self._inflater.unused_data if self._inflater.eof else self._inflater.unconsumed_tail
        used = len(data) - len(rest)
        if len(self._member_raw) < _RESCAN_KEEP:
            self._member_raw += data[:used]
        self._in, self._in_offset = rest, self._in_offset + used
        if self._holding:
            self._held += out
            if len(self._held) > _RESCAN_KEEP:  # too large to hold: stream it
                self._release(len(self._held))
        else:
            self._buf += out
        if self._inflater.eof:  # a whole member, its CRC checked
            self._inflater = None
            self._probing = False
            self._release(len(self._held))

    def _release(self, n: int) -> None:
        self._buf += self._held[:n]
        self._held.clear()
        self._holding = False

    def _fail(self, problem: str, truncated: bool) -> None:
        """A member is cut short or corrupt: pass on what of it can be trusted, then resume.

        The next member may begin inside the bytes this one was inflating (a record cut short
        and another appended after it): output from there on is noise, so only the output of
        the bytes before it is kept. A corrupt member's output is dropped whole; a truncated
        one's is kept (inflating is sequential, so what came out before the cut is right).
        """
        self._inflater = None
        consumed = bytes(self._member_raw) if len(self._member_raw) < _RESCAN_KEEP else None
        member = self._member_offset
        quiet = self._probing
        found = self._rescan(member + 1)
        keep = len(self._held) if truncated else 0
        if found and consumed is not None and member < self._in_offset < member + len(consumed) \
                and _plausible_member(self._in):
            head = consumed[: self._in_offset - member]
            keep = len(zlib.decompressobj(31).decompress(head, len(self._held) + 1))
            problem = (f"the gzip member at file offset {member:,} is cut short by another "
                       f"starting at {self._in_offset:,}")
        if not quiet:
            self._release(min(keep, len(self._held)))
            self._stop(problem, at=None if keep else member)
        self._held.clear()
        self._holding = False

    def _rescan(self, start: int) -> bool:
        """Look for the next gzip member from file offset ``start`` on; False at the end."""
        self._probing = True
        if self._member_offset < start <= self._member_offset + len(self._member_raw) and \
                len(self._member_raw) < _RESCAN_KEEP:
            data = bytes(self._member_raw[start - self._member_offset:]) + self._in
            base = start
        else:
            data, base = self._in[max(0, start - self._in_offset):], max(start, self._in_offset)
        self._member_raw.clear()
        while True:
            i = data.find(GZIP_MAGIC + b"\x08")
            if i >= 0:
                self._in, self._in_offset = data[i:], base + i
                return True
            keep = data[-2:]
            base += len(data) - len(keep)
            self._in, self._in_offset = b"", base
            if not self._more_input():
                self._end = True
                return False
            data = keep + self._in


def _plausible_member(data: bytes) -> bool:
    """Whether ``data`` starts like a real gzip member (a rescan can hit the magic bytes by
    chance inside compressed data; such a false start fails to inflate almost at once)."""
    try:
        zlib.decompressobj(31).decompress(data[:_CHUNK], 256)
    except zlib.error:
        return False
    return True
