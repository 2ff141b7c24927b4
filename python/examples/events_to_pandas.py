#!/usr/bin/python3
# Copyright 2026 The Parley Authors. Licensed under the Apache License 2.0.
#
# Codes a file or folder of news with Parley and loads the events into a
# pandas DataFrame, then counts events by CAMEO root and by source actor.
#
#   PYTHONPATH=build/python /usr/bin/python3 python/examples/events_to_pandas.py samples/ 2024-03-15
import sys

import pandas as pd

import parley


def events_frame(path, date=None):
    """A DataFrame with one row per event and one column per output field."""
    coder = parley.Coder()
    stream = coder.code_file(path, date=date)
    frame = pd.DataFrame.from_records(list(stream), columns=parley.fields())
    for doc_id, reason in stream.skipped:
        print(f"skipped {doc_id}: {reason}", file=sys.stderr)
    frame["date"] = pd.to_datetime(frame["date"])
    return frame


def main():
    path = sys.argv[1] if len(sys.argv) > 1 else "samples"
    date = sys.argv[2] if len(sys.argv) > 2 else None
    frame = events_frame(path, date)
    print(f"{len(frame)} events from {frame['doc_id'].nunique()} documents")
    print(frame.groupby("root").size().rename("events").to_string())
    print(frame.groupby("source").size().sort_values(ascending=False).head(10).rename("events").to_string())


if __name__ == "__main__":
    main()
