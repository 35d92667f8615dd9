-- One database per service (the image creates "patient" from POSTGRES_DB).
CREATE DATABASE consent OWNER ketacare;
CREATE DATABASE session OWNER ketacare;
