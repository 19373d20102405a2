package org.orepass.web.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.orepass.site.SiteExtent.GeoBox;

/** Web Mercator onto the SVG: known points, the fit of a box, and the tiles that cover a view. */
class MapProjectionTest {

    @Test
    void worldCoordinatesAreWebMercator() {
        assertThat(MapProjection.worldX(-180)).isEqualTo(0);
        assertThat(MapProjection.worldX(0)).isEqualTo(0.5);
        assertThat(MapProjection.worldX(180)).isEqualTo(1);
        assertThat(MapProjection.worldY(0)).isCloseTo(0.5, within(1e-12));
        assertThat(MapProjection.worldY(MapProjection.MAX_LATITUDE)).isCloseTo(0, within(1e-6));
        assertThat(MapProjection.worldY(-MapProjection.MAX_LATITUDE)).isCloseTo(1, within(1e-6));
        // Kigali, as a slippy-map tile: zoom 8 puts it in tile x 149, y 129 (as tile servers number them).
        assertThat((int) Math.floor(MapProjection.worldX(30.0619) * 256)).isEqualTo(149);
        assertThat((int) Math.floor(MapProjection.worldY(-1.9441) * 256)).isEqualTo(129);
    }

    @Test
    void aFittedViewShowsTheWholeBoxInsideTheSvgAndKeepsNorthUp() {
        // Rwanda's rough box.
        var box = new GeoBox(-2.84, 28.86, -1.05, 30.90);
        var view = MapProjection.fitting(box);
        for (double lat : new double[] {box.south(), box.north()}) {
            for (double lon : new double[] {box.west(), box.east()}) {
                assertThat(view.x(lon)).isBetween(0.0, (double) MapProjection.WIDTH);
                assertThat(view.y(lat)).isBetween(0.0, (double) MapProjection.HEIGHT);
            }
        }
        assertThat(view.y(box.north())).isLessThan(view.y(box.south()));
        assertThat(view.x(box.west())).isLessThan(view.x(box.east()));
        // The box fills the view: padding only, not a continent around it.
        assertThat(view.x(box.east()) - view.x(box.west())).isGreaterThan(MapProjection.WIDTH * 0.6);
        // The middle of the box is the middle of the view.
        assertThat(view.x((box.west() + box.east()) / 2)).isCloseTo(MapProjection.WIDTH / 2.0, within(1.0));
    }

    @Test
    void aSingleSiteGetsItsSurroundingsAndTheWholeWorldFitsOnce() {
        var one = MapProjection.fitting(new GeoBox(-1.2833, 29.6947, -1.2833, 29.6947));
        assertThat(one.x(29.6947)).isCloseTo(MapProjection.WIDTH / 2.0, within(0.5));
        assertThat(one.y(-1.2833)).isCloseTo(MapProjection.HEIGHT / 2.0, within(0.5));
        assertThat(one.x(29.6947 + MapProjection.MIN_SPAN_DEGREES / 2)).isLessThan(MapProjection.WIDTH);
        var world = MapProjection.fitting(new GeoBox(-80, -179, 80, 179));
        assertThat(world.worldWidth()).isEqualTo(1);
        assertThat(world.x(-180)).isCloseTo(0, within(1e-9));
        assertThat(world.x(180)).isCloseTo(MapProjection.WIDTH, within(1e-9));
    }

    @Test
    void tilesCoverTheViewAtAZoomWhereATilePixelIsAboutOneSvgUnit() {
        var view = MapProjection.fitting(new GeoBox(-2.84, 28.86, -1.05, 30.90));
        var tiles = MapTiles.covering(view);
        int z = MapTiles.zoom(view);
        double tilePixels = view.scale() / (1 << z) / MapTiles.TILE_SIZE;
        assertThat(tilePixels).as("SVG units per tile pixel").isBetween(0.7, 1.42);
        assertThat(tiles).isNotEmpty().hasSizeLessThanOrEqualTo(35);
        assertThat(tiles.stream().mapToDouble(MapTiles.Tile::left).min().orElseThrow()).isLessThanOrEqualTo(0);
        assertThat(tiles.stream().mapToDouble(MapTiles.Tile::top).min().orElseThrow()).isLessThanOrEqualTo(0);
        assertThat(tiles.stream().mapToDouble(t -> t.left() + t.size()).max().orElseThrow())
                .isGreaterThanOrEqualTo(MapProjection.WIDTH);
        assertThat(tiles.stream().mapToDouble(t -> t.top() + t.size()).max().orElseThrow())
                .isGreaterThanOrEqualTo(MapProjection.HEIGHT);
        // Kigali's zoom-8 tile is among them when the zoom is 8.
        if (z == 8) {
            assertThat(tiles).anyMatch(t -> t.x() == 149 && t.y() == 129);
        }
        assertThat(MapTiles.exists(8, 149, 129)).isTrue();
        assertThat(MapTiles.exists(2, 4, 0)).isFalse();
        assertThat(MapTiles.exists(19, 0, 0)).isFalse();
    }

    @Test
    void outlinesAreLoadedProjectedAndCulledToTheView() {
        var outlines = new CountryOutlines(tools.jackson.databind.json.JsonMapper.builder().build());
        var rwanda = outlines.box("RW");
        assertThat(rwanda.south()).isBetween(-2.9, -2.7);
        assertThat(rwanda.east()).isBetween(30.8, 31.0);
        assertThat(outlines.box("FR")).isNull();
        var view = MapProjection.fitting(rwanda);
        var drawn = outlines.in(view, "RW");
        assertThat(drawn).extracting(CountryOutlines.Outline::country).contains("RW", "BI", "CD", "UG", "TZ")
                .doesNotContain("CO", "ID", "SD");
        assertThat(drawn).filteredOn(CountryOutlines.Outline::selected).extracting(CountryOutlines.Outline::country)
                .containsExactly("RW");
        assertThat(drawn).allSatisfy(o -> assertThat(o.path())
                .matches("(M-?\\d+ -?\\d+L-?\\d+ -?\\d+( -?\\d+ -?\\d+)+Z)+"));
        var region = outlines.icglrRegion();
        assertThat(region.west()).isLessThan(13);
        assertThat(region.north()).isGreaterThan(20);
    }
}
