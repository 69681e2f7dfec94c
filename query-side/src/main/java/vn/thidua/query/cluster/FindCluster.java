package vn.thidua.query.cluster;

record FindCluster(String clusterId) {}
