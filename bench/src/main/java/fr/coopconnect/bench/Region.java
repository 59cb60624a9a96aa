package fr.coopconnect.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Random;
import java.util.SplittableRandom;

/**
 * Where a data set's venues are: a bounding box and the towns most of them cluster around ({lat, lon, weight}).
 * The generator records its region in the benchmark database (table bench_region) so the bench draws its search
 * points from the same box.
 */
record Region(String name, double latMin, double latMax, double lonMin, double lonMax, double[][] towns) {

    /** Provence-Alpes-Côte d'Azur: the default data set's 2,000 venues. */
    static final Region PACA = new Region("paca", 42.98, 45.13, 4.23, 7.72, new double[][]{
            {43.2965, 5.3698, 6}, {43.7102, 7.2620, 5}, {43.1242, 5.9280, 4}, {43.5297, 5.4474, 4},
            {43.9493, 4.8055, 3}, {43.5513, 7.0128, 3}, {43.4336, 6.7370, 2}, {44.5594, 6.0786, 2},
            {44.0925, 6.2356, 2}, {44.8986, 6.6436, 2}, {44.3356, 5.7825, 1.5}, {43.8367, 5.0403, 1.5},
            {44.3765, 4.9875, 1}, {43.6766, 4.6278, 1.5}, {43.8340, 5.7830, 1}, {44.1310, 4.8080, 1},
    });

    /** Metropolitan France without Corsica: a national network (≈20,000 venues). */
    static final Region FRANCE = new Region("france", 42.33, 51.09, -4.80, 8.23, new double[][]{
            {48.8566, 2.3522, 10}, {45.7640, 4.8357, 5}, {43.2965, 5.3698, 5}, {43.6047, 1.4442, 4},
            {44.8378, -0.5792, 4}, {50.6292, 3.0573, 4}, {43.7102, 7.2620, 3}, {47.2184, -1.5536, 3},
            {48.5734, 7.7521, 3}, {43.6108, 3.8767, 3}, {48.1173, -1.6778, 3}, {49.2583, 4.0317, 2},
            {45.4397, 4.3872, 2}, {43.1242, 5.9280, 2}, {49.4944, 0.1079, 2}, {45.1885, 5.7245, 2},
            {47.3220, 5.0415, 2}, {47.4784, -0.5632, 2}, {45.7772, 3.0870, 2}, {43.8367, 4.3601, 1.5},
            {48.0061, 0.1996, 1.5}, {43.5297, 5.4474, 1.5}, {48.3904, -4.4861, 1.5}, {47.3941, 0.6848, 1.5},
            {49.8941, 2.2958, 1.5}, {45.8336, 1.2611, 1.5}, {42.6887, 2.8948, 1.5}, {49.1193, 6.1757, 1.5},
            {47.2378, 6.0241, 1.5}, {47.9030, 1.9093, 1.5}, {49.4432, 1.0999, 1.5}, {49.1829, -0.3707, 1.5},
            {48.6921, 6.1844, 1.5}, {46.5802, 0.3404, 1}, {43.2951, -0.3708, 1}, {46.1603, -1.1511, 1},
            {43.9493, 4.8055, 1}, {45.8992, 6.1294, 1}, {44.5594, 6.0786, 0.5}, {44.9264, 2.4397, 0.5},
            {44.5181, 3.5000, 0.5}, {46.1716, 1.8718, 0.5}, {45.1842, 0.7218, 0.5}, {47.0810, 2.3988, 0.5},
            {48.2973, 4.0744, 0.5}, {48.1113, 5.1392, 0.5}, {47.9960, -4.1024, 0.5}, {47.6582, -2.7608, 0.5},
    });

    /** PACA up to 5,000 venues, France above: twenty thousand venues in one region would be ten times any real density. */
    static Region named(String name, int venues) {
        if (name == null) {
            return venues > 5_000 ? FRANCE : PACA;
        }
        return switch (name) {
            case "paca" -> PACA;
            case "france" -> FRANCE;
            default -> throw new IllegalArgumentException("--region: paca or france, not " + name);
        };
    }

    /** The region the generator recorded; PACA for a data set generated before regions were recorded. */
    static Region of(Connection c) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                "SELECT to_regclass('bench_region') IS NOT NULL")) {
            rs.next();
            if (!rs.getBoolean(1)) {
                return PACA;
            }
        }
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT name FROM bench_region")) {
            return rs.next() ? named(rs.getString(1), 0) : PACA;
        }
    }

    void record(Connection c) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute("DROP TABLE IF EXISTS bench_region");
            st.execute("CREATE TABLE bench_region (name text NOT NULL)");
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO bench_region VALUES (?)")) {
            ps.setString(1, name);
            ps.executeUpdate();
        }
    }

    /** A point drawn uniformly in the box: {lat, lon}. */
    double[] randomPoint(Random rnd) {
        return new double[]{latMin + rnd.nextDouble() * (latMax - latMin), lonMin + rnd.nextDouble() * (lonMax - lonMin)};
    }

    double[] weightedTown(SplittableRandom rnd) {
        double total = 0;
        for (double[] t : towns) {
            total += t[2];
        }
        double x = rnd.nextDouble() * total;
        for (double[] t : towns) {
            x -= t[2];
            if (x <= 0) {
                return t;
            }
        }
        return towns[0];
    }
}
