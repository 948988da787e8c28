"""`python -m careerpath`."""

from careerpath.launch import main

main()
