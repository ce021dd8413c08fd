"""claimtrack on a Dask cluster: the same normalize, compare and extract, spread over workers.

Optional: ``pip install 'claimtrack[dask]'``. Without Dask every other part of claimtrack
works, and asking for a cluster says what to install.

- :mod:`~claimtrack.scale.cluster`: a client for ``local`` or a scheduler address;
- :mod:`~claimtrack.scale.frames`: normalize and compare over a Dask frame, per incident;
- :mod:`~claimtrack.scale.corpus`: candidate claims drafted from a folder of articles.
"""
