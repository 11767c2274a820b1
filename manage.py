#!/usr/bin/env python
from tyndau.cli import main

if __name__ == "__main__":
    main()
