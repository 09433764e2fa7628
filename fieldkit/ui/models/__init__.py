"""Qt item models over core data: views only display, the models hold the rows."""
