"""`hubtools push`: posts -> dataset -> trained model -> card -> one commit on the Hub."""
