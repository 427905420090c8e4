package backproplab.data;

/** The shuffled data cut in two: the points the network learns from and the ones it is tested on. */
public record Split(Points train, Points test) {
    public int size() {
        return train.count + test.count;
    }
}
