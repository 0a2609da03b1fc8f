"""What the faces show (``status``, ``show``, ``report``): read from the store, computed plainly."""
