package cn.org.smeie.competition.web.shared;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * A table that pages in the database: each page asks a boundary for {@code max} rows from
 * {@code first}, and the count for the paginator. The filters are the page's own fields, read by
 * the boundary calls passed in.
 */
public class PagedList<T> extends LazyDataModel<T> {

    private static final long serialVersionUID = 1L;

    /** A boundary call for one page. */
    @FunctionalInterface
    public interface Page<T> extends Serializable {
        List<T> load(int first, int max);
    }

    /** A boundary call for the number of rows. */
    @FunctionalInterface
    public interface Count extends Serializable {
        long count();
    }

    private final Page<T> page;
    private final Count count;
    private final SerializableKey<T> key;

    /** The row key of a row, for selection and row updates. */
    @FunctionalInterface
    public interface SerializableKey<T> extends Function<T, Object>, java.io.Serializable {
    }

    public PagedList(Page<T> page, Count count, SerializableKey<T> key) {
        this.page = page;
        this.count = count;
        this.key = key;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) Math.min(Integer.MAX_VALUE, count.count());
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        return page.load(first, pageSize);
    }

    @Override
    public String getRowKey(T row) {
        return String.valueOf(key.apply(row));
    }
}
