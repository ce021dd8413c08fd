"""The sliced kernel channel: a message is returned, a wait with nothing to read still ends."""

from __future__ import annotations

import asyncio
from queue import Empty

import pytest
import zmq
import zmq.asyncio
from jupyter_client.session import Session

from claimtrack.reports.channels import POLL_SLICE, SlicedChannel


def _pair() -> tuple[zmq.asyncio.Context, zmq.asyncio.Socket, SlicedChannel, Session]:
    context = zmq.asyncio.Context()
    server = context.socket(zmq.PAIR)
    port = server.bind_to_random_port("tcp://127.0.0.1")
    client = context.socket(zmq.PAIR)
    client.connect(f"tcp://127.0.0.1:{port}")
    session = Session()
    return context, server, SlicedChannel(client, session), session


def test_a_message_sent_is_the_message_got_whatever_the_slices() -> None:
    async def run() -> dict:
        context, server, channel, session = _pair()
        try:
            session.send(server, session.msg("comm_msg", content={"n": 1}))
            return await channel.get_msg(timeout=10 * POLL_SLICE)
        finally:
            context.destroy(linger=0)

    msg = asyncio.run(run())
    assert msg["msg_type"] == "comm_msg"
    assert msg["content"] == {"n": 1}


@pytest.mark.parametrize("timeout", [0.0, 2.5 * POLL_SLICE])
def test_nothing_to_read_ends_the_wait_with_empty(timeout: float) -> None:
    async def run() -> None:
        context, _, channel, _ = _pair()
        try:
            await channel.get_msg(timeout=timeout)
        finally:
            context.destroy(linger=0)

    with pytest.raises(Empty):
        asyncio.run(run())
