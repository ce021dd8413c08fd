"""A kernel client that never sleeps past a message already come: waits polled in slices.

nbclient waits for a cell's reply with one ``poll`` of the shell socket as long as the
cell's timeout. A notebook with an ``Output`` widget makes nbclient, playing the front
end, *send* on that same socket while the wait is under way (the widget's new state);
with pyzmq's asyncio sockets that send can swallow the wake-up the reply was due to give
(edge-triggered), and the reply is seen only when the poll times out (nbclient#312): the
explorer notebook sat idle for its whole execution timeout, then went on as if nothing
happened. Here each wait is cut into slices of :data:`POLL_SLICE` seconds; a slice that
ends looks at the socket again, so a missed wake-up costs at most one slice. Timeouts
are kept: a wait gives up when the whole time asked for has passed.

:func:`~claimtrack.reports.kernel.kernel_config` makes every run use
:class:`SlicedKernelClient`.

Example:
    >>> SlicedKernelClient().shell_channel_class is SlicedChannel
    True
"""

from __future__ import annotations

import time
from queue import Empty
from typing import Any

from jupyter_client.asynchronous import AsyncKernelClient
from jupyter_client.channels import AsyncZMQSocketChannel
from traitlets import Type

# The longest a message already there may wait unseen (a wake-up missed), in seconds.
POLL_SLICE = 0.5


class SlicedChannel(AsyncZMQSocketChannel):
    """A socket channel whose waits look at the socket at least every :data:`POLL_SLICE` s."""

    async def get_msg(self, timeout: float | None = None) -> dict[str, Any]:
        """The next message; ``Empty`` once ``timeout`` seconds passed without one (None: wait).

        Example:
            >>> SlicedChannel.get_msg.__name__
            'get_msg'
        """
        deadline = None if timeout is None else time.monotonic() + timeout
        while True:
            left = POLL_SLICE if deadline is None else max(0.0, deadline - time.monotonic())
            try:
                return await super().get_msg(timeout=min(left, POLL_SLICE))
            except Empty:
                if deadline is not None and time.monotonic() >= deadline:
                    raise


class SlicedKernelClient(AsyncKernelClient):
    """jupyter_client's asynchronous kernel client with :class:`SlicedChannel` channels."""

    shell_channel_class = Type(SlicedChannel)  # type: ignore[assignment]
    iopub_channel_class = Type(SlicedChannel)  # type: ignore[assignment]
    stdin_channel_class = Type(SlicedChannel)  # type: ignore[assignment]
    control_channel_class = Type(SlicedChannel)  # type: ignore[assignment]
