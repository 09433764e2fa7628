"""Small reusable widgets and delegates shared by the screens."""
