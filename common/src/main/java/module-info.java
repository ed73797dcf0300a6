module io.shmex.common { exports io.shmex; }
