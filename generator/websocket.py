"""The little of RFC 6455 the preview needs: the handshake answer, text frames out, and
telling a client's close frame from silence. The preview only ever talks one way."""

from __future__ import annotations

import base64
import hashlib
import select
import socket

_GUID = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11"  # fixed by RFC 6455
CLOSE = b"\x88\x00"


def accept_key(client_key: str) -> str:
    """The Sec-WebSocket-Accept value for a client's Sec-WebSocket-Key."""
    return base64.b64encode(hashlib.sha1((client_key + _GUID).encode()).digest()).decode()


def text_frame(text: str) -> bytes:
    """One unmasked WebSocket text frame (servers never mask)."""
    data = text.encode()
    size = len(data)
    if size < 126:
        return bytes([0x81, size]) + data
    if size < 65536:
        return bytes([0x81, 126]) + size.to_bytes(2, "big") + data
    return bytes([0x81, 127]) + size.to_bytes(8, "big") + data


def client_closed(connection: socket.socket) -> bool:
    """The page never sends data: anything readable is its close frame or the end of stream."""
    if not select.select([connection], [], [], 0)[0]:
        return False
    data = connection.recv(4096)
    return not data or data[0] & 0x0F == 0x8
